module tramline

go 1.19
