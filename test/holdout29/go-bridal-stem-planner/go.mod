module stemplanner

go 1.19
