module example.com/freightquote

go 1.19
