module cardclearing

go 1.19
