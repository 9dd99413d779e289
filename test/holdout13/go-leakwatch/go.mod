module leakwatch

go 1.19
