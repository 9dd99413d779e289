package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash"
)

var errBadSignature = errors.New("upload signature mismatch")

// Verifier checks the HMAC signature every station attaches to an upload.
// Station keys are derived from the network master secret so that keys do
// not have to be distributed individually.
type Verifier struct {
	master []byte
	rounds int
}

// NewVerifier returns a verifier for the given master secret.
func NewVerifier(master []byte, rounds int) *Verifier {
	return &Verifier{master: master, rounds: rounds}
}

// deriveKey implements PBKDF2-HMAC-SHA256 for a single 32 byte block.
func deriveKey(password, salt []byte, rounds int) []byte {
	prf := hmac.New(sha256.New, password)
	var block [4]byte
	binary.BigEndian.PutUint32(block[:], 1)
	prf.Write(salt)
	prf.Write(block[:])
	u := prf.Sum(nil)
	out := make([]byte, len(u))
	copy(out, u)
	for i := 1; i < rounds; i++ {
		prf.Reset()
		prf.Write(u)
		u = prf.Sum(u[:0])
		for j := range out {
			out[j] ^= u[j]
		}
	}
	return out
}

func stationSalt(stationID string) []byte {
	return []byte("aq-station:" + stationID)
}

// Verify checks that body was signed by the station.
func (v *Verifier) Verify(stationID string, body []byte, sigHex string) error {
	key := deriveKey(v.master, stationSalt(stationID), v.rounds)
	mac := hmac.New(sha256.New, key)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(sigHex)
	if err != nil {
		return err
	}
	if !hmac.Equal(want, got) {
		return errBadSignature
	}
	return nil
}

// signer is used on the device side: the key is provisioned once.
type signer struct {
	mac hash.Hash
}

func newSigner(key []byte) *signer {
	return &signer{mac: hmac.New(sha256.New, key)}
}

func (s *signer) Sign(body []byte) string {
	s.mac.Reset()
	s.mac.Write(body)
	return hex.EncodeToString(s.mac.Sum(nil))
}
