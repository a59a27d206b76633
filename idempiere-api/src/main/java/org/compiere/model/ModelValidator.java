package org.compiere.model;

public interface ModelValidator {
    public static final int TYPE_BEFORE_NEW = 1;
    public static final int TYPE_AFTER_NEW = 4;
    public static final int TYPE_AFTER_NEW_REPLICATION = 7;
    public static final int TYPE_BEFORE_CHANGE = 2;
    public static final int TYPE_AFTER_CHANGE = 5;
    public static final int TYPE_AFTER_CHANGE_REPLICATION = 8;
    public static final int TYPE_BEFORE_DELETE = 3;
    public static final int TYPE_AFTER_DELETE = 6;
    public static final int TYPE_BEFORE_DELETE_REPLICATION = 9;
    public static final int TIMING_BEFORE_PREPARE = 1;
    public static final int DOCTIMING_BEFORE_PREPARE = 1;
    public static final int TIMING_BEFORE_VOID = 2;
    public static final int TIMING_BEFORE_CLOSE = 3;
    public static final int TIMING_BEFORE_REACTIVATE = 4;
    public static final int TIMING_BEFORE_REVERSECORRECT = 5;
    public static final int TIMING_BEFORE_REVERSEACCRUAL = 6;
    public static final int TIMING_BEFORE_COMPLETE = 7;
    public static final int TIMING_AFTER_PREPARE = 8;
    public static final int TIMING_AFTER_COMPLETE = 9;
    public static final int DOCTIMING_AFTER_COMPLETE = 9;
    public static final int TIMING_AFTER_VOID = 10;
    public static final int TIMING_AFTER_CLOSE = 11;
    public static final int TIMING_AFTER_REACTIVATE = 12;
    public static final int TIMING_AFTER_REVERSECORRECT = 13;
    public static final int TIMING_AFTER_REVERSEACCRUAL = 14;
    public static final int TIMING_BEFORE_POST = 15;
    public static final int TIMING_AFTER_POST = 16;
}
