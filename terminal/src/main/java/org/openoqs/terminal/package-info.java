/** The 資格確認端末 agent: watches req, answers into res, talks to central only over mutual TLS. */
package org.openoqs.terminal;
