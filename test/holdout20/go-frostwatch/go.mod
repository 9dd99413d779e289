module frostwatch

go 1.19
