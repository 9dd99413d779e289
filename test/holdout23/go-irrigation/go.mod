module example.com/irrigation

go 1.19
