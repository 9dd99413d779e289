module parishindex

go 1.19
