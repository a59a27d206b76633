package org.cpom.service;

import java.util.List;

import org.cpom.core.i18n.Language;
import org.cpom.core.i18n.Localizable;

/**
 * What a process reports: its summary and one process-log line per item worth a user's attention (a finding, a
 * value kept), each rendered in the user's language by the process (SvrProcess.addLog).
 */
public record ProcessLog(ProcessResult summary, List<Localizable> lines) {

    public ProcessLog {
        lines = List.copyOf(lines);
    }

    /** The lines in a language, in order. */
    public List<String> render(Language language) {
        return lines.stream().map(l -> l.render(language)).toList();
    }
}
