module logstats

go 1.19
