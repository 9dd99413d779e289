module hotpath.example/examples/go

go 1.19
