module meterbill

go 1.19
