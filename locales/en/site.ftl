## The home page, the "page not found" page and the offline page.

home-title = Home
home-heading = Find your way to work, one step at a time
home-intro = Askel helps you get ready for work. You can learn at your own pace, see what you already know, and meet employers.
home-who = You use Askel together with your job coach. Your coach can see how you are doing and help you with the next step.
home-areas-heading = What you can do in Askel
home-staff-heading = Your work in Askel
home-area-modules-name = Coaching modules
home-area-modules-description = Short lessons about writing a CV, job interviews, searching for jobs online, using digital services and working life.
home-area-assessment-name = Skills self-assessment
home-area-assessment-description = Check your digital skills and working-life skills. See how your skills grow over time.
home-area-events-name = Meet employers
home-area-events-description = Find events where you can meet employers face to face, and sign up.
home-area-plan-name = My plan
home-area-plan-description = See the steps of your employment plan and what to do next.
home-help-heading = Need help?
home-help-body = Ask your job coach. You can use Askel in nine languages, Easy Finnish among them: choose yours at the top of the page.

not-found-title = Page not found
not-found-body = The page you were looking for does not exist. The address may be wrong or the page may have moved.
not-found-home-link = Go to the home page

offline-title = You are offline
offline-body = Askel cannot reach the internet right now. Check your connection and try again.
offline-saved-work = Nothing you saved earlier has been lost.
offline-retry = Try again
