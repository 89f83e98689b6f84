package org.openoqs.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"OQSsiquc01req_0001.xml", "OQSmuquc02req_202504010930.xml", "OQSsiimm01req_p1.xml",
        "OQSmuimm02req_x.xml", "YZKsiquc01req_2250401093012345.xml", "TKKsiquc01req_a.xml", "OQSsiabcd01req_x.xml"})
    void acceptsConfirmedRequestNames(String name) {
        assertThat(RequestFileName.isRequest(name)).isTrue();
        assertThat(RequestFileName.isCandidate(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"oqssiquc01req_1.xml", "OQSsiquc01res_1.xml", "ABCsiquc01req_1.xml",
        "OQSsiquc01req_.xml", "OQSsiquc01req_1.XML", "OQSsiquc1req_1.xml", "OQSsiquc01req_1.xml.tmp"})
    void rejectsOtherNames(String name) {
        assertThat(RequestFileName.isRequest(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {".OQSsiquc01req_1.xml", "~OQSsiquc01req_1.xml", "OQSsiquc01req_1.xml.tmp",
        "OQSsiquc01req_1.xml.PART"})
    void temporaryNamesAreNeverCandidates(String name) {
        assertThat(RequestFileName.isTemporary(name)).isTrue();
        assertThat(RequestFileName.isCandidate(name)).isFalse();
    }

    @Test
    void requestAttemptsAreCandidatesButNotRequests() {
        assertThat(RequestFileName.looksLikeRequestAttempt("ABCsiquc01req_1.xml")).isTrue();
        assertThat(RequestFileName.looksLikeRequestAttempt("OQSsiquc01req_1.XML")).isTrue();
        assertThat(RequestFileName.isRequest("ABCsiquc01req_1.xml")).isFalse();
        assertThat(RequestFileName.isCandidate("notes.txt")).isFalse();
        assertThat(RequestFileName.isCandidate("OQSsiquc01res_1.xml")).isFalse();
    }

    @Test
    void derivesMessageIdResultAndErrorNames() {
        assertThat(RequestFileName.messageId("OQSsiquc01req_0001.xml")).contains("OQSsiquc01req");
        assertThat(RequestFileName.messageId("ABCsiquc01req_0001.xml")).isEmpty();
        assertThat(RequestFileName.resultName("OQSsiquc01req_0001.xml")).isEqualTo("OQSsiquc01res_0001.xml");
        assertThat(RequestFileName.resultName("OQSmuquc01req_req_x.xml")).isEqualTo("OQSmuquc01res_req_x.xml");
        assertThat(RequestFileName.errorName("OQSsiquc01req_0001.xml")).isEqualTo("OQSsiquc01req_0001.err");
        assertThat(RequestFileName.errorName("ABC_req_1.XML")).isEqualTo("ABC_req_1.err");
        assertThatThrownBy(() -> RequestFileName.resultName("foo_req_1.xml"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
