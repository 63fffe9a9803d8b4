-- The network a signature came from, truncated (IPv4 /24, IPv6 /48), never the full address: staff can invalidate
-- a flood from one network without anyone's address being kept.
ALTER TABLE signature ADD COLUMN client_network varchar(64);
CREATE INDEX signature_client_network ON signature (petition_id, client_network);
