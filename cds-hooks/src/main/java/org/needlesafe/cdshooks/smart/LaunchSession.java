package org.needlesafe.cdshooks.smart;

import java.time.Instant;
import org.hl7.fhir.r4.model.ServiceRequest;

/**
 * One launch of the app, held on the server. It starts waiting for the authorization server's answer (with the
 * {@code state} and PKCE verifier sent), then holds the access token and the order being checked, then the answers
 * saved and the decision. Mutable; guarded by its own lock.
 */
final class LaunchSession {
    enum Step { AUTHORIZING, ANSWERING, SAVED }

    private final Instant started;
    private final SmartIssuer issuer;
    private final SmartEndpoints endpoints;
    private final String state;
    private final String codeVerifier;
    private final String formToken = LaunchSessions.random();
    private Step step = Step.AUTHORIZING;
    private String accessToken;
    private String scope;
    private String user;
    private String patientId;
    private ServiceRequest order;
    private ChecklistAnswers answers;
    private String decisionHtml;

    LaunchSession(Instant started, SmartIssuer issuer, SmartEndpoints endpoints, String state, String codeVerifier) {
        this.started = started;
        this.issuer = issuer;
        this.endpoints = endpoints;
        this.state = state;
        this.codeVerifier = codeVerifier;
    }

    Instant started() { return started; }
    SmartIssuer issuer() { return issuer; }
    SmartEndpoints endpoints() { return endpoints; }
    String state() { return state; }
    String codeVerifier() { return codeVerifier; }
    String formToken() { return formToken; }

    synchronized Step step() { return step; }
    synchronized String accessToken() { return accessToken; }
    synchronized String scope() { return scope; }
    synchronized String user() { return user; }
    synchronized String patientId() { return patientId; }
    synchronized ServiceRequest order() { return order; }
    synchronized ChecklistAnswers answers() { return answers; }
    synchronized String decisionHtml() { return decisionHtml; }

    /** The authorization server answered: the token and the launch context are known. */
    synchronized void authorized(String accessToken, String scope, String user, String patientId,
                                 ServiceRequest order, ChecklistAnswers prefilled) {
        this.accessToken = accessToken;
        this.scope = scope;
        this.user = user;
        this.patientId = patientId;
        this.order = order;
        this.answers = prefilled;
        this.step = Step.ANSWERING;
    }

    /** The answers were written to the EHR; {@code decisionHtml} shows the order's decision as it stands now. */
    synchronized void saved(ChecklistAnswers answers, String decisionHtml) {
        this.answers = answers;
        this.decisionHtml = decisionHtml;
        this.step = Step.SAVED;
    }

    /** A first-come check that moves the session out of AUTHORIZING, so one authorization code is used once. */
    synchronized boolean claimCallback() {
        if (step != Step.AUTHORIZING || accessToken != null || answers != null) {
            return false;
        }
        answers = new ChecklistAnswers();
        return true;
    }
}
