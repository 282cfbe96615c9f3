import './deny-network.mjs';
