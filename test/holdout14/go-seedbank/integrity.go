package main

import (
	"crypto/sha256"
	"encoding/binary"
	"math"
)

// recordDigest is the SHA-256 over the canonical encoding of an accession,
// including the scanned passport sheet, for the vault's integrity manifest.
func recordDigest(a *Accession, buf []byte) ([32]byte, []byte) {
	buf = buf[:0]
	buf = append(buf, a.ID...)
	buf = append(buf, 0)
	buf = append(buf, a.SpeciesCode...)
	buf = append(buf, 0)
	buf = append(buf, a.Donor...)
	buf = append(buf, 0)
	buf = binary.BigEndian.AppendUint32(buf, uint32(a.Collected))
	buf = binary.BigEndian.AppendUint64(buf, math.Float64bits(a.MoisturePct))
	buf = binary.BigEndian.AppendUint64(buf, math.Float64bits(a.StorageC))
	buf = binary.BigEndian.AppendUint32(buf, uint32(a.Seeds))
	for _, t := range a.Tests {
		buf = binary.BigEndian.AppendUint16(buf, uint16(t.Year))
		buf = binary.BigEndian.AppendUint16(buf, uint16(t.Sown))
		buf = binary.BigEndian.AppendUint16(buf, uint16(t.Germinated))
	}
	buf = append(buf, a.Passport...)
	return sha256.Sum256(buf), buf
}

// manifestRoot folds all record digests into a single Merkle-style root.
func manifestRoot(statuses []AccessionStatus) [32]byte {
	level := make([][32]byte, len(statuses))
	for i := range statuses {
		level[i] = statuses[i].Digest
	}
	var pair [64]byte
	for len(level) > 1 {
		next := level[:0]
		for i := 0; i < len(level); i += 2 {
			copy(pair[:32], level[i][:])
			if i+1 < len(level) {
				copy(pair[32:], level[i+1][:])
			} else {
				copy(pair[32:], level[i][:])
			}
			next = append(next, sha256.Sum256(pair[:]))
		}
		level = next
	}
	if len(level) == 0 {
		return [32]byte{}
	}
	return level[0]
}
