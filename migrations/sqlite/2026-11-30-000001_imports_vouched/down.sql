-- Nothing to undo: verified_at of imported entries is read only by approval.
SELECT 1;
