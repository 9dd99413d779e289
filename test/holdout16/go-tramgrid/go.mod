module tramgrid

go 1.19
