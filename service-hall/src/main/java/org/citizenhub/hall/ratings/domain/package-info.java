/** 好差评 as plain Java: the rating aggregate, its phases and the named policies. No Spring, no HTTP. */
package org.citizenhub.hall.ratings.domain;
