-- platform/sites: the last site directory this service received from the identity service, so that a restart
-- while Kafka is unreachable still knows every site. One row; replaced by every newer version.
create table if not exists site_directory (
    id          integer     primary key default 1 check (id = 1),
    version     bigint      not null,
    document    text        not null,
    received_at timestamptz not null
);
