package main

import "encoding/json"

// deepCopy copies src into dst through its JSON form, so that no slices or
// maps are shared between the two values.
func deepCopy(dst, src interface{}) error {
	raw, err := json.Marshal(src)
	if err != nil {
		return err
	}
	return json.Unmarshal(raw, dst)
}
