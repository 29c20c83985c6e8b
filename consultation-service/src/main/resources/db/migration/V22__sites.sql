-- Sites (集约化): one hub serves the websites of a city and its districts.
--
-- The site a case was submitted on (SiteSelection of POST /cases and Open311's POST). Cases from before sites keep
-- null, which means "the root site": this migration cannot know the root's code (the identity service publishes the
-- site directory), so the service resolves null to the directory's only root when it reads (CaseSites). New cases
-- always store their site.
alter table consultation_case add column site varchar(40);

create index case_by_site on consultation_case (site, submitted_at desc);
-- the screening and follow-up queues of each site's dispatch centre
create index case_by_centre on consultation_case (dispatch_centre, status);

-- Each site's own dispatch centre (the department that screens, dispatches and follows up the cases submitted on
-- it); a site without a row uses hub.consultation.dispatch-centre. Managed on the admin API by the hub-wide admin or
-- the site's site-admin, every change audit-logged. The centre a case gets is fixed when it is submitted.
create table site_dispatch_centre (
    site        varchar(40)  primary key,
    department  varchar(40)  not null,
    updated_by  varchar(64)  not null,
    updated_at  timestamptz  not null
);
