#pragma once

#include "records/record.h"

namespace medvandrer {

// The one merge rule, run the same on device and server.
//
// - Each field is a last-writer-wins register ordered by its HLC stamp; equal stamps (only possible from a
//   misbehaving node) are broken by comparing the serialised values, so every replica picks the same one.
// - Edit versus delete: the tombstone wins. A deleted record keeps only its id, kind, owner and the newest
//   deletion stamp; its content is dropped and later edits to it are ignored. Deleting health data must stick.
// - Identity (kind, owner, origin device) is set by the first state seen; the store refuses a change that
//   disagrees (see validateChange), so the join below never has to choose.
//
// merge() is a join: commutative, associative and idempotent, so replicas that have seen the same set of
// changes hold the same state whatever the order or the number of deliveries.
// Returns true when `into` changed.
bool merge(Record &into, const Record &patch);

// The part of `patch` that would change `current`: what a device must still send, or what a peer has not seen.
bool wouldChange(const Record &current, const Record &patch);

} // namespace medvandrer
