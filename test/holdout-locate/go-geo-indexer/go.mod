module acme.internal/geoindexer

go 1.19
