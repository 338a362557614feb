/**
 * The documents kept on a child's record: letters OpenCSC generates and files workers upload
 * (partner reports, signed consent, court documents). Each is typed, titled, dated, sized and
 * checked by its content; listed on the record and in the chronology; downloaded only by those
 * who may see every child it is about, each download in the access log. Nothing is deleted: a
 * wrong upload is withdrawn with a reason, and a resent letter is a new version.
 */
package org.opencsc.document;
