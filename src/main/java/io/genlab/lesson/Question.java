package io.genlab.lesson;

/**
 * A question for the students, with the short answer the teacher can reveal.
 *
 * @param question the question, as Markdown text
 * @param answer   the answer, without its "Answer:" label
 */
public record Question(String question, String answer) {}
