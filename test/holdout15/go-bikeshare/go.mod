module example.com/bikeshare

go 1.19
