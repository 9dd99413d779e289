module airquality-ingest

go 1.19
