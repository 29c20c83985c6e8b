/**
 * 督办's domain: a supervision notice on a case, its phases (issued, replied, accepted, returned, escalated) and the
 * named policies deciding who may do what. Plain Java: no Spring, no HTTP, no SQL.
 */
package org.citizenhub.supervision.notices.domain;
