module claimsadjudication

go 1.19
