module forge/reheatcheck

go 1.19
