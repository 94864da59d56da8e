"""The committee: hierarchical AHP per member, consensus, rounds, audit trail, questionnaires.

Modules
-------
hierarchy
    Blocks to judge, each member's local and global weights and the group's.
consensus
    Goepel's AHP consensus indicator S* and the pair-by-pair disagreement table.
rounds
    Saving the committee's state as a round and comparing rounds.
audit
    The hash-chained audit trail of judgment changes, export hashes, ``verify``.
questionnaire
    Offline questionnaires: one workbook per member, out and back in.
"""
