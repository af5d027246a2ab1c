-- Kairos task log, schema version 1.

-- The versions applied, one row each.
create table kairos_schema (
    version integer primary key,
    applied timestamptz not null default now()
);

-- Every session that has used the log. A session renews its heartbeat (on the database's clock);
-- one that has not for too long is marked dead by another, which records crash for its open runs.
create table kairos_node (
    id        bigserial primary key,
    name      text not null,
    started   timestamptz not null default now(),
    heartbeat timestamptz not null default now(),
    dead      boolean not null default false
);

-- Run ids, handed to the sessions in blocks of 100 (a block is the 100 numbers up to the value).
create sequence kairos_run_id increment by 100 minvalue 100 start with 100;

-- The records, as the CSV log has them, with the session that wrote them.
create table kairos_log (
    seq        bigserial primary key,
    -- the writing transaction: readers follow the log in (xid, seq) order up to the oldest
    -- transaction still running, so a row that commits late is never skipped
    xid        xid8 not null default pg_current_xact_id(),
    node       bigint not null references kairos_node (id),
    created    timestamptz not null,
    task       text not null,
    action     text not null check (action in ('run', 'success', 'fail', 'terminate', 'inaction', 'crash')),
    run_id     text,
    start_at   timestamptz,
    end_at     timestamptz,
    runtime_ns bigint,
    message    text not null default '',
    exception  text,
    -- for a run: the run id of the task's run it follows ('' for the task's first run)
    claim      text,
    check ((action = 'run') = (claim is not null))
);

create index kairos_log_order on kairos_log (xid, seq);
-- One start per occurrence: no two runs of a task follow the same run.
create unique index kairos_log_claim on kairos_log (task, claim) where action = 'run';
-- One outcome per run.
create unique index kairos_log_outcome on kairos_log (run_id) where action <> 'run';
-- The runs of a node, for recording crash when it dies.
create index kairos_log_node_runs on kairos_log (node) where action = 'run';
