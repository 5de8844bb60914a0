package org.zwgk.rules.facts;

/** A place where the public is served. */
public enum PlaceKind {
    /** 区级政务服务大厅 */
    SERVICE_HALL,
    /** 镇街便民服务中心 */
    CONVENIENCE_CENTRE
}
