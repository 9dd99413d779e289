module satpass

go 1.19
