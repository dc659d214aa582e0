package fr.ambassade.membership.domain;

import java.time.LocalDate;

/** A provider and the start of its membership (the public list's query). */
record MembershipSince(long providerId, LocalDate startDate) {}
