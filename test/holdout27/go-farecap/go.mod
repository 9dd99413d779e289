module farecap

go 1.19
