module example.com/gridsettlement

go 1.19
