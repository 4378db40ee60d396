"""Forgetting a client and flagging clients kept too long."""
