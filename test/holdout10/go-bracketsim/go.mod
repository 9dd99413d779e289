module bracketsim

go 1.19
