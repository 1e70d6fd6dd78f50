// Moved to @linli/ui. Kept only for corner/mine and screens/service-corner, which are being split
// on another branch: they should import { coalesced, coalescedBy } from '@linli/ui'; then delete this.
export { coalesced, coalescedBy } from '@linli/ui';
