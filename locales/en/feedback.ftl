## "Was this page helpful?" form.

feedback-question = Was this page helpful?
feedback-yes = Yes
feedback-no = No
feedback-comment-label = Tell us more (optional)
feedback-comment-hint = Do not write your name, phone number or other personal details.
feedback-submit = Send feedback
feedback-sending = Sending…
feedback-thanks = Thank you for your feedback. It helps us make Askel better.
feedback-error-helpful-missing = Choose yes or no
feedback-error-comment-too-long = Your comment is too long. Shorten it to 1,000 characters or fewer.
