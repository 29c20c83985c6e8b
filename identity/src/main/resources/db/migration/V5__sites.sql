-- Sites (集约化): a site is a node of the department directory that runs a website (the city's government, a
-- district's, a bureau with its own site). Every department belongs to the nearest site at or above it, so no
-- department needs a site column; the identity service publishes the whole site directory on the compacted topic
-- gov.hub.identity.site-directory.
create table site (
    code             varchar(38)  primary key,
    department_code  varchar(40)  not null unique references department (code),
    name_zh          varchar(100) not null,
    name_en          varchar(200),
    path_prefix      varchar(33)  not null default '/',
    logo_url         varchar(500),
    contact_zh       varchar(500),
    contact_en       varchar(500),
    live             boolean      not null default false,
    include_children boolean      not null default false,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          integer      not null default 0,
    -- at most 38: a root department's code (at most 40) without its D- prefix is always a valid site code
    constraint site_code_format check (code ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$'),
    constraint site_path_prefix_format check (path_prefix = '/' or path_prefix ~ '^/[a-z0-9][a-z0-9-]{0,31}$')
);

-- '/' is every site's path on a host of its own; a path on the shared host belongs to one site only.
create unique index site_path_prefix_uq on site (path_prefix) where path_prefix <> '/';

-- The public host names of a site, lower case; a host answers for one site only.
create table site_host (
    host      varchar(253) primary key,
    site_code varchar(38)  not null references site (code) on delete cascade,
    position  integer      not null,
    constraint site_host_lower_case check (host = lower(host)),
    unique (site_code, position)
);

-- The version of the published site directory: incremented, in the changing transaction, by every change to a site
-- or a department; published_document is the directory last published (its JSON), so that a start-up finds a change
-- made outside the API (a migration, the demo data) and publishes it as a new version.
create table site_directory_version (
    id                 integer     primary key default 1 check (id = 1),
    version            bigint      not null,
    published_document text,
    changed_at         timestamptz not null
);

insert into site_directory_version (id, version, published_document, changed_at) values (1, 0, null, now());

-- Existing data belongs to the root site: every root department (a people's government) existing now runs a site,
-- coded as the department without its D- prefix, named as the department, live, on its hosts' root path.
insert into site (code, department_code, name_zh, name_en, path_prefix, live, include_children, created_at,
                  updated_at)
select substring(code from 3), code, name_zh, name_en, '/', true, false, now(), now()
  from department
 where parent_code is null;
