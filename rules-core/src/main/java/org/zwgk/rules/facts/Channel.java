package org.zwgk.rules.facts;

/** How a request for disclosure reached the agency; it decides the date of receipt (OGI-31). */
public enum Channel {
    /** 当面提交: received the day it is submitted. */
    IN_PERSON,
    /** 邮寄、需签收: received the day the agency signs for it. */
    POST_SIGNED,
    /** 平常信函等无需签收: received the day the office confirms with the applicant, which must be the day it arrives. */
    POST_UNSIGNED,
    /** 互联网渠道: received the day both sides confirm. */
    ONLINE,
    /** 传真: received the day both sides confirm. */
    FAX
}
