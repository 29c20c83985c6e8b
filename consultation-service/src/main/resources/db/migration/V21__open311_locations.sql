-- Open311 GeoReport v2 (open311 package): where a request posted through Open311 is, as it may be published. The
-- full location the citizen gave goes into the case's own text for the handlers; this table keeps only the address
-- as masked for publication and the coordinates rounded to 3 decimals (about 100 m), never more.
create table open311_location (
    case_id     uuid          primary key references consultation_case (id),
    lat         numeric(8, 3),
    lon         numeric(8, 3),
    address     varchar(300),
    created_at  timestamptz   not null,
    check ((lat is null) = (lon is null))
);
