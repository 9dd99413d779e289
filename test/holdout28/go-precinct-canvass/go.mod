module precinctcanvass

go 1.19
