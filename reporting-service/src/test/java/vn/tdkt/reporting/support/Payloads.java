package vn.tdkt.reporting.support;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Custom event payloads (valid against the contracts) for scenarios the golden fixtures do not cover. */
public final class Payloads {

    public static final String PLAN_ID = "0195f3a2-7c1e-7a00-8000-0000000000a1";

    private Payloads() {
    }

    /** One task of a {@link #planPublished} payload. */
    public static String task(String taskId, String leadUnit, String dueDate, String content) {
        return """
                {"taskId":"%s","content":"%s","periodText":null,"dueDate":"%s","leadUnit":"%s","coordinatingUnits":[]}"""
                .formatted(taskId, content, dueDate, leadUnit);
    }

    public static String planPublished(String planId, String code, String... tasks) {
        return """
                {"planId":"%s","code":"%s","title":"Kế hoạch thi đua năm 2025","year":2025,"version":1,
                 "issuerUnit":"UBND","issuedOn":"2025-01-02","publishedAt":"2025-01-03T02:00:00Z","tasks":[%s]}"""
                .formatted(planId, code, Arrays.stream(tasks).collect(Collectors.joining(",")));
    }

    public static String taskDue(String taskId, String leadUnit, String dueDate, int daysLeft) {
        return """
                {"taskId":"%s","planId":"%s","planCode":"02/KH-UBND","content":"Nhiệm vụ %s","leadUnit":"%s",
                 "coordinatingUnits":[],"dueDate":"%s","reminderDate":"2025-06-23","offsetDays":%d,"daysLeft":%d}"""
                .formatted(taskId, PLAN_ID, taskId, leadUnit, dueDate, daysLeft, daysLeft);
    }

    public static String taskOverdue(String taskId, String leadUnit, String dueDate, int daysLate) {
        return """
                {"taskId":"%s","planId":"%s","planCode":"02/KH-UBND","content":"Nhiệm vụ %s","leadUnit":"%s",
                 "coordinatingUnits":[],"dueDate":"%s","reminderDate":"2025-06-25","offsetDays":0,"daysLate":%d,
                 "escalate":false}"""
                .formatted(taskId, PLAN_ID, taskId, leadUnit, dueDate, daysLate);
    }

    public static String dossierSubmitted(String dossierId, String unit) {
        return """
                {"dossierId":"%s","unitCode":"%s","subjectType":"COLLECTIVE","subjectName":"Tập thể %s",
                 "awardCode":"TTLDXS","awardName":"Tập thể lao động xuất sắc","year":2025,
                 "submittedAt":"2025-06-20T03:00:00Z"}"""
                .formatted(dossierId, unit, unit);
    }

    public static String dossierAppraised(String dossierId, String unit, String outcome) {
        return """
                {"dossierId":"%s","unitCode":"%s","subjectType":"COLLECTIVE","subjectName":"Tập thể %s",
                 "awardCode":"TTLDXS","awardName":"Tập thể lao động xuất sắc","outcome":"%s","reasons":[],
                 "appraisedBy":"snv","appraisedAt":"2025-06-24T03:00:00Z"}"""
                .formatted(dossierId, unit, unit, outcome);
    }
}
