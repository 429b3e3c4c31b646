"""Resource classes behind GetResponse.<group> (generated; do not edit)."""
